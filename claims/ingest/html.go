package ingest

import (
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLNodes bounds the element tree the extractor will process, so a
// pathological page (10,000 nested divs) is refused rather than crawled.
const maxHTMLNodes = 200000

// fromHTML extracts the main text of a web page with go-readability (the
// port of Firefox's Reader View), dropping navigation, adverts and
// comments; its title, publication date and site name come from the page's
// metadata (Open Graph, JSON-LD, Dublin Core), its URL from the canonical
// link. Positions in reports refer to the extracted text.
//
// go-readability replaced go-trafilatura: trafilatura's date parser built
// its tables at start-up (0.17-0.27 s on every run, HTML or not), and its
// extraction grew quadratically with the page (8 MB: 113 s).
func fromHTML(d *Document, page string) error {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return errAt(d.Path, 0, 0, "no main text found in the page: %v", err)
	}
	canonical := canonicalURL(doc)
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLNodes
	var base *url.URL
	if u, err := url.Parse(canonical); err == nil && u.IsAbs() {
		base = u
	}
	art, err := p.ParseAndMutate(doc, base)
	if err != nil || art.Node == nil {
		msg := "no main text found in the page"
		if err != nil {
			msg += ": " + err.Error()
		}
		return errAt(d.Path, 0, 0, "%s", msg)
	}
	d.Title = strings.TrimSpace(art.Title())
	d.URL = canonical
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		d.Published = t
	}
	if d.Source == "" {
		d.Source = strings.TrimSpace(art.SiteName())
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return errAt(d.Path, 0, 0, "no main text found in the page: %v", err)
	}
	body := strings.TrimSpace(b.String())
	if body == "" || body == d.Title {
		return errAt(d.Path, 0, 0, "no main text found in the page")
	}
	if d.Title != "" && !strings.HasPrefix(body, d.Title) {
		body = d.Title + "\n\n" + body
	}
	d.Text = body
	return nil
}

// canonicalURL is the page's own address as it states it: its canonical
// link, else its Open Graph URL; "" when it gives neither.
func canonicalURL(doc *html.Node) string {
	var canonical, og string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				if attr(n, "property") == "og:url" && og == "" {
					og = strings.TrimSpace(attr(n, "content"))
				}
			case atom.Body:
				return // metadata lives in the head
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if canonical != "" {
		return canonical
	}
	return og
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
