package ingest

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// newsPage is a news page of about n bytes: navigation, an article that
// grows with n, related links, a sidebar and comments.
func newsPage(n int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Gunman kills 16 at Riverside market | Daily B</title>
<link rel="canonical" href="https://daily-b.example/2024/03/05/riverside">
<meta property="og:site_name" content="Daily B">
<meta property="article:published_time" content="2024-03-05T20:00:00Z">
</head><body><nav class="menu"><ul>`)
	for i := range 20 {
		fmt.Fprintf(&b, "<li><a href='/s%d'>Section %d</a></li>", i, i)
	}
	b.WriteString(`</ul></nav><main><article><h1>Gunman kills 16 at Riverside market</h1>`)
	for i := 0; b.Len() < n*8/10 || i < 3; i++ {
		fmt.Fprintf(&b, "<p>A gunman opened fire at the Riverside market on Monday, killing 16 people, police said (%d). The suspect, Daniel Reyes, 24, was arrested at the scene by <a href='/police'>Dayton police</a>.</p>\n", i)
		if i%10 == 9 {
			fmt.Fprintf(&b, "<div class='related'><a href='/r%d'>Related story %d</a></div>\n", i, i)
		}
	}
	b.WriteString(`</article></main><aside class="sidebar">`)
	for b.Len() < n*9/10 {
		b.WriteString("<div class='promo'><a href='/x'>Subscribe now</a> for more news</div>\n")
	}
	b.WriteString(`</aside><section id="comments" class="comments">`)
	for b.Len() < n {
		b.WriteString("<div class='comment'><p>Great article, thanks!</p></div>\n")
	}
	b.WriteString(`</section><footer>Copyright Daily B</footer></body></html>`)
	return b.String()
}

func TestFromHTML(t *testing.T) {
	d := &Document{Path: "riverside.html"}
	if err := fromHTML(d, newsPage(4000)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ field, got, want string }{
		{"title", d.Title, "Gunman kills 16 at Riverside market"},
		{"url", d.URL, "https://daily-b.example/2024/03/05/riverside"},
		{"source", d.Source, "Daily B"},
		{"published", d.Published.Format(time.RFC3339), "2024-03-05T20:00:00Z"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if !strings.HasPrefix(d.Text, "Gunman kills 16 at Riverside market\n") {
		t.Errorf("text does not start with the headline: %.80q", d.Text)
	}
	for _, want := range []string{"killing 16 people, police said (0).", "Daniel Reyes, 24, was arrested at the scene by Dayton police."} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("main text lacks %q", want)
		}
	}
	for _, not := range []string{"Section 3", "Subscribe now", "Great article", "Copyright"} {
		if strings.Contains(d.Text, not) {
			t.Errorf("main text holds page furniture %q", not)
		}
	}
	// paragraphs stay apart
	if strings.Contains(d.Text, "(0). A gunman") {
		t.Error("paragraphs run together")
	}
}

func TestFromHTMLNoMainText(t *testing.T) {
	for _, page := range []string{
		"<html><head><title>x</title></head></html>",
		"<html><head><title>Only a title</title></head><body><p>Only a title</p></body></html>",
	} {
		d := &Document{Path: "empty.html"}
		if err := fromHTML(d, page); err == nil || !strings.Contains(err.Error(), "empty.html: no main text found") {
			t.Errorf("%q: err %v, want no main text found", page, err)
		}
	}
}

// BenchmarkFromHTML extracts the main text of pages of 256 KB to 2 MB:
// the time per byte stays flat (go-trafilatura's grew with the page).
func BenchmarkFromHTML(b *testing.B) {
	for _, kb := range []int{256, 512, 1024, 2048} {
		page := newsPage(kb << 10)
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				d := &Document{Path: "p.html"}
				if err := fromHTML(d, page); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
