package ingest

import (
	"strings"

	"github.com/markusmobius/go-trafilatura"
)

// maxHTMLNodes bounds the element tree trafilatura will process, so a
// pathological page (10,000 nested divs) is refused rather than crawled.
const maxHTMLNodes = 200000

// fromHTML extracts the main text of a web page with go-trafilatura,
// dropping navigation, adverts and comments. Positions in reports refer to
// the extracted text.
func fromHTML(d *Document, page string) error {
	res, err := trafilatura.Extract(strings.NewReader(page), trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  true,
		MaxTreeSize:     maxHTMLNodes,
	})
	if err != nil || res == nil {
		msg := "no main text found in the page"
		if err != nil {
			msg = "no main text found in the page: " + err.Error()
		}
		return errAt(d.Path, 0, 0, "%s", msg)
	}
	d.Title = strings.TrimSpace(res.Metadata.Title)
	d.URL = res.Metadata.URL
	if !res.Metadata.Date.IsZero() {
		d.Published = res.Metadata.Date
	}
	if d.Source == "" && res.Metadata.Sitename != "" {
		d.Source = res.Metadata.Sitename
	}
	body := strings.TrimSpace(res.ContentText)
	if body == "" || body == d.Title {
		return errAt(d.Path, 0, 0, "no main text found in the page")
	}
	if d.Title != "" && !strings.HasPrefix(body, d.Title) {
		body = d.Title + "\n" + body
	}
	d.Text = body
	return nil
}
