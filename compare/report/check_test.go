package report

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xeipuuv/gojsonschema"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/check"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

func extract(t *testing.T, id, text string) *claims.Result {
	t.Helper()
	return claims.Extract(&ingest.Document{ID: id, Path: id, Source: strings.TrimSuffix(id, ".md"), Text: text, Format: "md"}, rulestest.Default(t))
}

const (
	wire  = "Police said two people were killed and 12 people were injured in the attack.\n\nPolice said the suspect had been released from prison in March.\n"
	fresh = "Two people were killed and 14 people were injured in the attack, police said.\n\nThe suspect had been released from prison in March.\n"
)

func runCheck(t *testing.T, newText string) *check.Result {
	t.Helper()
	r := rulestest.Default(t)
	res, err := check.Check(context.Background(), []*claims.Result{extract(t, "new.md", newText)},
		[]*claims.Result{extract(t, "wire.md", wire)}, r, check.Options{FailOn: map[compare.Type]bool{compare.Conflict: true}})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestSARIFValid validates the SARIF output, as written, against the
// official SARIF 2.1.0 JSON schema (testdata/sarif).
func TestSARIFValid(t *testing.T) {
	res := runCheck(t, fresh)
	if !res.Failed || len(res.Findings) < 2 {
		t.Fatalf("expected a failing check with a conflict and a gap, got %+v", res.Summary)
	}
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, res, func(p string) string { return p }, "test"); err != nil {
		t.Fatal(err)
	}
	result, err := gojsonschema.Validate(gojsonschema.NewReferenceLoader("file://"+schemaPath(t)), gojsonschema.NewBytesLoader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !result.Valid() {
		t.Fatalf("SARIF does not validate: %v\n%s", result.Errors(), buf.String())
	}
	// the validator is not a rubber stamp: a result without a message fails
	broken := strings.Replace(buf.String(), `"message": {`, `"note": {`, 1)
	if r, err := gojsonschema.Validate(gojsonschema.NewReferenceLoader("file://"+schemaPath(t)), gojsonschema.NewStringLoader(broken)); err != nil || r.Valid() {
		t.Errorf("a result without a message validated (err %v)", err)
	}
	out := buf.String()
	for _, want := range []string{`"columnKind": "unicodeCodePoints"`, `"ruleId": "claimdiff/conflict/injured"`, `"level": "error"`, `"partialFingerprints"`} {
		if !strings.Contains(out, want) {
			t.Errorf("SARIF lacks %s", want)
		}
	}
}

// TestSARIFURIsEncoded checks that artifactLocation.uri is a URI
// reference naming the file: spaces, '#', '?', '%' and newlines in a path
// are percent-encoded, and an absolute path is a file:// URI.
func TestSARIFURIsEncoded(t *testing.T) {
	res := runCheck(t, fresh)
	for _, path := range []string{"news/a b#1?%0A\n.md", "/srv/news/x y.md"} {
		var buf bytes.Buffer
		if err := WriteSARIF(&buf, res, func(string) string { return path }, "test"); err != nil {
			t.Fatal(err)
		}
		var log sarifLog
		if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
			t.Fatal(err)
		}
		for _, r := range log.Runs[0].Results {
			raw := r.Locations[0].PhysicalLocation.ArtifactLocation.URI
			u, err := url.Parse(raw)
			if err != nil || u.Path != path || u.RawQuery != "" || u.Fragment != "" {
				t.Fatalf("uri %q for %q parses as %+v (%v)", raw, path, u, err)
			}
			if strings.HasPrefix(path, "/") != (u.Scheme == "file") {
				t.Errorf("uri %q for %q: scheme %q", raw, path, u.Scheme)
			}
		}
	}
}

func schemaPath(t *testing.T) string {
	p, err := filepath.Abs("../../testdata/sarif/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestFingerprintsStable checks that moving the new article's lines (an
// unrelated paragraph added on top) changes locations, not fingerprints.
func TestFingerprintsStable(t *testing.T) {
	a := runCheck(t, fresh)
	b := runCheck(t, "An unrelated paragraph about the weather.\n\n"+fresh)
	// the fixture has a conflict (12 vs 14 injured) and an attribution gap
	// (the police's statement stated as fact): with no findings, the test
	// would say nothing
	types := map[compare.Type]bool{}
	for _, f := range a.Findings {
		types[f.Type] = true
	}
	if !types[compare.Conflict] || !types[compare.AttributionGap] {
		t.Fatalf("want a conflict and an attribution gap to follow, got %d findings: %v", len(a.Findings), types)
	}
	if len(a.Findings) != len(b.Findings) {
		t.Fatalf("%d findings vs %d", len(a.Findings), len(b.Findings))
	}
	for i := range a.Findings {
		fa, fb := a.Findings[i], b.Findings[i]
		if fa.ID != fb.ID {
			t.Errorf("fingerprint changed: %s -> %s (%s)", fa.ID, fb.ID, fa.Summary)
		}
		if fa.Claims[0].Span.Line == fb.Claims[0].Span.Line {
			t.Errorf("location did not move for %s", fa.Summary)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	if got := escapeData("50% done\r\nnext"); got != "50%25 done%0D%0Anext" {
		t.Errorf("escapeData = %q", got)
	}
	if got := escapeProperty("a:b,c%d\ne"); got != "a%3Ab%2Cc%25d%0Ae" {
		t.Errorf("escapeProperty = %q", got)
	}
}

func TestJUnitParses(t *testing.T) {
	res := runCheck(t, fresh)
	var buf bytes.Buffer
	if err := WriteJUnit(&buf, res, func(p string) string { return p }); err != nil {
		t.Fatal(err)
	}
	var suites junitSuites
	if err := xml.Unmarshal(buf.Bytes(), &suites); err != nil {
		t.Fatalf("JUnit XML does not parse: %v", err)
	}
	if s := suites.Suites[0]; s.Tests != 1 || s.Failures != 1 || len(s.Cases[0].Failures) != 1 {
		t.Errorf("suite %+v", s)
	}
}
