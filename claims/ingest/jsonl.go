package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// readJSONL reads one record a line. A broken line stops the read with an
// error at that line: a half-read archive would make a comparison silently
// wrong.
func readJSONL(path string, r io.Reader, opt Options) ([]*Document, []*Error, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var docs []*Document
	var warns []*Error
	line := 0
	for {
		b, err := readLine(br, opt.MaxBytes)
		if err == errLineTooLong {
			return nil, nil, errAt(path, line+1, 1, "record is larger than --max-bytes (%d bytes)", opt.MaxBytes)
		}
		if err != nil && err != io.EOF {
			return nil, nil, errAt(path, line+1, 1, "read failed: %s", describeOSError(err))
		}
		if len(b) > 0 || err == nil {
			line++
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			var rec record
			if jerr := json.Unmarshal(t, &rec); jerr != nil {
				_, col := jsonErrorPos(t, jerr)
				return nil, nil, errAt(path, line, col, "malformed JSON record: %s", jsonMessage(jerr))
			}
			d, derr := rec.document(path, line, line, opt)
			if derr != nil {
				return nil, nil, derr
			}
			if strings.TrimSpace(d.Text) == "" {
				warns = append(warns, &Error{Path: path, Line: line, Col: 1, Msg: "empty article, skipped", Warning: true})
			} else {
				docs = append(docs, d)
			}
		}
		if err == io.EOF {
			break
		}
	}
	if len(docs) == 0 && len(warns) == 0 {
		return nil, []*Error{{Path: path, Msg: "no records, skipped", Warning: true}}, nil
	}
	return docs, warns, nil
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
