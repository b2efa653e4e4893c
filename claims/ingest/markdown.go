package ingest

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// frontMatter reads optional YAML front matter (source, title, url,
// published, id; other keys are ignored) and sets d.Text to the body. The
// front matter is replaced by blank lines so that line numbers stay those
// of the file.
func frontMatter(d *Document, text string) error {
	d.Text = text
	if !strings.HasPrefix(text, "---\n") {
		d.Title = firstLine(text)
		return nil
	}
	end := -1
	off := 4
	for off <= len(text) {
		nl := strings.IndexByte(text[off:], '\n')
		line := text[off:]
		if nl >= 0 {
			line = text[off : off+nl]
		}
		if strings.TrimRight(line, " \t") == "---" || strings.TrimRight(line, " \t") == "..." {
			end = off
			break
		}
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	if end < 0 {
		return errAt(d.Path, 1, 1, "front matter opened with --- is never closed")
	}
	yamlText := text[4:end]
	var node yaml.Node
	if err := yaml.Unmarshal([]byte(yamlText), &node); err != nil {
		return errAt(d.Path, 2, 1, "malformed front matter: %s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(node.Content) > 0 {
		m := node.Content[0]
		if m.Kind != yaml.MappingNode {
			return errAt(d.Path, m.Line+1, m.Column, "front matter must be a mapping of keys (source, title, url, published)")
		}
		for i := 0; i+1 < len(m.Content); i += 2 {
			k, v := m.Content[i], m.Content[i+1]
			if v.Kind != yaml.ScalarNode {
				continue
			}
			switch k.Value {
			case "source":
				d.Source = v.Value
			case "title":
				d.Title = v.Value
			case "url":
				d.URL = v.Value
			case "id":
				d.ID = v.Value
			case "published", "date":
				t, ok := ParsePublished(v.Value)
				if !ok {
					return errAt(d.Path, v.Line+1, v.Column, "published %q is not a date (want RFC 3339 or YYYY-MM-DD)", v.Value)
				}
				d.Published = t
			}
		}
	}
	closeEnd := end + strings.IndexByte(text[end:]+"\n", '\n') + 1
	if closeEnd > len(text) {
		closeEnd = len(text)
	}
	d.Text = strings.Repeat("\n", strings.Count(text[:closeEnd], "\n")) + text[closeEnd:]
	if d.Title == "" {
		d.Title = firstLine(d.Text)
	}
	return nil
}
