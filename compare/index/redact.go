package index

import (
	"errors"
	"net/url"
	"strings"
)

// Redact returns dsn fit to show: a PostgreSQL URL with its password (in
// the user part or a password= parameter) replaced by "xxxxx"; an SQLite
// path unchanged. Of a URL that does not parse, only the scheme and the
// host part are kept: its user part and its parameters read "xxxxx".
func Redact(dsn string) string {
	if !isPostgres(dsn) {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return redactUnparsable(dsn)
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

// redactUnparsable keeps of a postgres:// URL that url.Parse refuses its
// scheme, host and path: the user part, wherever its '@' ends it, and
// everything from the first '?' or '#' read "xxxxx".
func redactUnparsable(dsn string) string {
	scheme, rest, _ := strings.Cut(dsn, "://")
	if i := strings.IndexAny(rest, "?#"); i >= 0 {
		rest = rest[:i] + "?xxxxx"
	}
	host, path := rest, ""
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		host, path = rest[:i], rest[i:]
	}
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		host = "xxxxx" + host[i:]
	} else if i := strings.LastIndexByte(path, '@'); i >= 0 {
		// an '@' after a '/' in the password: the host part is behind it
		return scheme + "://xxxxx" + path[i:]
	}
	return scheme + "://" + host + path
}

// passwords returns the passwords a PostgreSQL URL carries.
func passwords(dsn string) []string {
	u, err := url.Parse(dsn)
	if err != nil {
		return nil
	}
	var out []string
	if p, ok := u.User.Password(); ok && p != "" {
		out = append(out, p, url.QueryEscape(p), url.PathEscape(p))
	}
	if p := u.Query().Get("password"); p != "" {
		out = append(out, p, url.QueryEscape(p))
	}
	return out
}

// redactErr removes the passwords of dsn from err's text, in case the
// driver quotes the URL it was given.
func redactErr(dsn string, err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	clean := msg
	for _, p := range passwords(dsn) {
		clean = strings.ReplaceAll(clean, p, "xxxxx")
	}
	if clean == msg {
		return err
	}
	return errors.New(clean)
}

func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}
