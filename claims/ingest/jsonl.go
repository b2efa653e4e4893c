package ingest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// readJSONL reads all records of a JSONL file.
func readJSONL(path string, r io.Reader, opt Options) ([]*Document, []*Error, error) {
	var docs []*Document
	var warns []*Error
	err := streamJSONL(context.Background(), path, r, opt, func(d *Document) error {
		docs = append(docs, d)
		return nil
	}, func(w *Error) { warns = append(warns, w) })
	if err != nil {
		return nil, nil, err
	}
	return docs, warns, nil
}

// streamJSONL reads one record a line and hands each to add as it goes. A
// broken line stops the read with an error at that line: a half-read
// archive would make a comparison silently wrong.
func streamJSONL(ctx context.Context, path string, r io.Reader, opt Options, add func(*Document) error, warn func(*Error)) error {
	br := bufio.NewReaderSize(withoutUTF16(r), 64<<10)
	line, ndocs, nwarn := 0, 0, 0
	for {
		if line%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		b, err := readLine(br, opt.MaxBytes)
		if err == errLineTooLong {
			return errAt(path, line+1, 1, "record is larger than --max-bytes (%d bytes)", opt.MaxBytes)
		}
		if err != nil && err != io.EOF {
			return errAt(path, line+1, 1, "read failed: %s", DescribeOSError(err))
		}
		if len(b) > 0 || err == nil {
			line++
		}
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF}) // a UTF-8 byte-order mark
		}
		if !utf8.Valid(b) {
			i := firstInvalid(b)
			_, col := position(b, i)
			return errAt(path, line, col, "not valid UTF-8 (byte 0x%02x); convert the file to UTF-8", b[i])
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			rec, col, msg := parseJSONLine(b)
			if msg != "" {
				return errAt(path, line, col, "%s", msg)
			}
			d, derr := rec.document(path, line, line, opt)
			if derr != nil {
				return derr
			}
			if strings.TrimSpace(d.Text) == "" {
				warn(&Error{Path: path, Line: line, Col: 1, Msg: "empty article, skipped", Warning: true})
				nwarn++
			} else {
				if err := add(d); err != nil {
					return err
				}
				ndocs++
			}
		}
		if err == io.EOF {
			break
		}
	}
	if ndocs == 0 && nwarn == 0 {
		warn(&Error{Path: path, Msg: "no records, skipped", Warning: true})
	}
	return nil
}

var errLineTooLong = fmt.Errorf("line too long")

// readLine reads one line without its newline, refusing lines over max.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) > max+1 {
			return nil, errLineTooLong
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

// withoutUTF16 returns r, or, when it starts with a UTF-16 byte-order
// mark, a reader of it converted to UTF-8 (the mark dropped).
func withoutUTF16(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	head, _ := br.Peek(2)
	if len(head) < 2 || !(head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF) {
		return br
	}
	br.Discard(2)
	return &utf16Reader{r: br, big: head[0] == 0xFE}
}

// utf16Reader converts a UTF-16 stream to UTF-8; unpaired surrogates
// become U+FFFD, as for UTF-16 text files.
type utf16Reader struct {
	r   *bufio.Reader
	big bool
	out []byte
	err error
}

func (u *utf16Reader) unit() (rune, error) {
	var b [2]byte
	if _, err := io.ReadFull(u.r, b[:]); err != nil {
		if err == io.ErrUnexpectedEOF {
			return 0, fmt.Errorf("UTF-16 input with an odd number of bytes")
		}
		return 0, err
	}
	if u.big {
		return rune(b[0])<<8 | rune(b[1]), nil
	}
	return rune(b[1])<<8 | rune(b[0]), nil
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) < len(p) && u.err == nil {
		r, err := u.unit()
		if err != nil {
			u.err = err
			break
		}
		if utf16.IsSurrogate(r) {
			if next, err := u.unit(); err == nil {
				r = utf16.DecodeRune(r, next)
				if r == utf8.RuneError && !utf16.IsSurrogate(next) {
					u.out = utf8.AppendRune(u.out, r)
					r = next
				}
			} else {
				u.err = err
				r = utf8.RuneError
			}
		}
		u.out = utf8.AppendRune(u.out, r)
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	if n == 0 && u.err != nil {
		return 0, u.err
	}
	return n, nil
}
