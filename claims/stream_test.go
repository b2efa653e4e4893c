package claims

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

func TestExtractStreamOrderAndErrors(t *testing.T) {
	r, _ := rules.Default()
	feed := func(n int) func(yield func(*ingest.Document) error) error {
		return func(yield func(*ingest.Document) error) error {
			for i := range n {
				text := fmt.Sprintf("%d people were killed.", i+1)
				if err := yield(&ingest.Document{ID: fmt.Sprint(i), Source: "s", Text: text, Format: "txt"}); err != nil {
					return err
				}
			}
			return nil
		}
	}
	var got []string
	err := ExtractStream(context.Background(), r, feed(300), func(res *Result) error {
		got = append(got, res.Doc.ID)
		if len(res.Claims) != 1 || res.Claims[0].Value.Number != float64(len(got)) {
			return fmt.Errorf("doc %s: claims %v", res.Doc.ID, res.Claims)
		}
		return nil
	})
	if err != nil || len(got) != 300 {
		t.Fatalf("err %v, %d results", err, len(got))
	}
	for i, id := range got {
		if id != fmt.Sprint(i) {
			t.Fatalf("result %d is document %s: out of order", i, id)
		}
	}
	stop := errors.New("stop")
	n := 0
	err = ExtractStream(context.Background(), r, feed(300), func(*Result) error {
		if n++; n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Errorf("emit error: got %v after %d results", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ExtractStream(ctx, r, feed(300), func(*Result) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
