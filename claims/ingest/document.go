package ingest

import (
	"time"
)

// Document is one article ready for extraction.
type Document struct {
	// ID identifies the document in reports: the record id for JSON input,
	// else the path as given (with "#N" for the N-th record of a file).
	ID string `json:"id"`
	// Source is the outlet: metadata, else --source, else the file name stem.
	Source string `json:"source"`
	Title  string `json:"title"`
	URL    string `json:"url,omitempty"`
	// Path is the file the document came from ("-" for standard input).
	Path string `json:"path"`
	// Published anchors relative dates; zero when unknown.
	Published time.Time `json:"-"`
	// Format is how the text was read: txt, md, html or json. Markdown text
	// soft-wraps lines; the others end a paragraph at each line break.
	Format string `json:"-"`
	// Text is the article body, headline first, UTF-8 with LF line ends.
	Text string `json:"-"`
	// Line is the line in Path where the record starts (JSONL), else 1;
	// positions reported for the document are relative to its own text.
	Line int `json:"-"`
}

// PublishedString formats Published for reports: RFC 3339, a date alone when
// the time is midnight UTC, "" when unknown.
func (d *Document) PublishedString() string {
	if d.Published.IsZero() {
		return ""
	}
	t := d.Published
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Location() == time.UTC {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// ParsePublished reads a publication time in the forms metadata uses:
// RFC 3339, "2006-01-02 15:04", "2006-01-02", "January 2, 2006", "2 January 2006".
func ParsePublished(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04",
		"2006-01-02", "January 2, 2006", "Jan 2, 2006", "2 January 2006", time.RFC1123, time.RFC1123Z} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
