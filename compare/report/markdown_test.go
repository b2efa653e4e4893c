package report

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestMarkdownNeutralisesReferences renders a comparison whose quotes
// hold @mentions, issue numbers and an entity spelling "@": none reaches
// the Markdown as a mention or reference GitHub would act on.
func TestMarkdownNeutralisesReferences(t *testing.T) {
	r := rulestest.Default(t)
	text := "Attack kills 16\n16 people were killed. \"Thank you @octocat and @org/team, see #123 and &#64;admin,\" said Mayor Ann Cole.\n"
	a := extract(t, "a.md", text)
	b := extract(t, "b.md", strings.ReplaceAll(text, "16", "17"))
	rep, err := compare.Compare(context.Background(), []*claims.Result{a, b}, r, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, rep); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "octocat") {
		t.Fatalf("the quote is not in the report:\n%s", out)
	}
	// outside code spans, no "@" directly before a name, no "#" directly
	// before a number (but in the zero-width space's own entity), no entity
	prose := regexp.MustCompile("`[^`]*`").ReplaceAllString(out, "")
	for _, bad := range []*regexp.Regexp{regexp.MustCompile(`@[A-Za-z0-9]`), regexp.MustCompile(`(^|[^&])#[0-9]`), regexp.MustCompile(`&#64;`)} {
		if m := bad.FindString(prose); m != "" {
			t.Errorf("Markdown holds %q:\n%s", m, out)
		}
	}
}
