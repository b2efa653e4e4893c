package main

import (
	"bytes"
	"errors"
	"runtime"
	"sync"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/compare/stories"
)

func storiesCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "stories",
		Usage:     "group articles into stories (same event, close in time)",
		ArgsUsage: "PATH...",
		Flags: []cli.Flag{rulesFlag, windowFlag(),
			&cli.Float64Flag{Name: "threshold", Value: stories.DefaultOptions().Threshold, Usage: "least average similarity (0..1) between the articles of one story"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text or json"},
			published, sourceFl, maxBytes, outFl},
		Action: func(c *cli.Context) error {
			if err := oneOf("format", c.String("format"), "text", "json"); err != nil {
				return err
			}
			if th := c.Float64("threshold"); th <= 0 || th > 1 {
				return usageErr("--threshold %v: want a number in (0, 1]", th)
			}
			r, err := loadRules(c)
			if err != nil {
				return err
			}
			paths := c.Args().Slice()
			opt, err := articleArgs(c, e, paths)
			if err != nil {
				return err
			}
			// stream: keep each article's features, not its text; features
			// are computed a batch at a time on every core
			var g stories.Grouper
			var batch []*ingest.Document
			err = ingest.Walk(c.Context, paths, opt, func(d *ingest.Document) error {
				if batch = append(batch, d); len(batch) == featureBatch {
					addBatch(&g, batch, r)
					batch = batch[:0]
				}
				return nil
			}, func(w *ingest.Error) { warn(e, w) })
			addBatch(&g, batch, r)
			if err != nil {
				var ie *ingest.Error
				if errors.As(err, &ie) {
					return &exitErr{code: exitError, err: ie}
				}
				return err
			}
			sts, err := g.Group(c.Context, stories.Options{Window: c.Duration("window"), Threshold: c.Float64("threshold")})
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if c.String("format") == "json" {
				err = stories.WriteJSON(&buf, sts)
			} else {
				err = stories.WriteText(&buf, sts, textWidth(e))
			}
			if err != nil {
				return err
			}
			if c.String("format") == "json" {
				return writeOutput(e, c.String("out"), buf.Bytes())
			}
			return writeTerminal(e, c.String("out"), buf.Bytes(), output.Style{})
		},
	}
}

// featureBatch is how many articles' features are computed at once.
const featureBatch = 256

// addBatch computes the features of a batch of articles in parallel and
// adds them to the grouper in order.
func addBatch(g *stories.Grouper, docs []*ingest.Document, r *rules.Rules) {
	fs := make([]stories.Features, len(docs))
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += workers {
				fs[i] = stories.Extract(docs[i], r)
			}
		}()
	}
	wg.Wait()
	for i, d := range docs {
		g.AddFeatures(d, fs[i])
	}
}
