package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
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
	br := bufio.NewReaderSize(r, 64<<10)
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
		if t := bytes.TrimSpace(b); len(t) > 0 {
			var rec record
			if jerr := json.Unmarshal(t, &rec); jerr != nil {
				_, col := jsonErrorPos(t, jerr)
				return errAt(path, line, col, "malformed JSON record: %s", jsonMessage(jerr))
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
