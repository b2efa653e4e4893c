package main

import (
	"bytes"
	"os"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/report"
)

func compareCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "compare",
		Usage:     "compare what several articles about one story claim",
		ArgsUsage: "PATH...",
		Description: `Extracts the claims of two or more articles and reports agreements,
conflicts, updates, attribution gaps, quote variants and facts only some
outlets report.`,
		Flags: []cli.Flag{rulesFlag,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, markdown, json or html"},
			&cli.StringFlag{Name: "only", Usage: "comma-separated finding `TYPES` to report: " + typeList()},
			&cli.BoolFlag{Name: "by-story", Usage: "group the articles into stories first and compare within each (html: --out names a directory)"},
			&cli.BoolFlag{Name: "force", Usage: "with --by-story --format html: write the pages into an --out DIR that holds other files (those are left alone)"},
			&cli.BoolFlag{Name: "explain", Usage: "also list near-misses: figures of one kind kept apart, and the frame field that kept them apart"},
			windowFlag(),
			published, sourceFl, maxBytes, colorFl, outFl, noCacheFl},
		Action: func(c *cli.Context) error {
			format := c.String("format")
			if err := oneOf("format", format, report.CompareFormatNames()...); err != nil {
				return err
			}
			opt, err := compareOptions(c.String("only"))
			if err != nil {
				return err
			}
			opt.NearMisses = c.Bool("explain")
			st, err := style(c, e.stdout, c.String("out"))
			if err != nil {
				return err
			}
			if c.Bool("by-story") && format == "html" {
				if c.String("out") == "" {
					return usageErr("--by-story --format html writes a directory of pages: give --out DIR")
				}
			} else if err := checkOut(c.String("out")); err != nil {
				return err
			}
			r, err := loadRules(c)
			if err != nil {
				return err
			}
			docs, err := readDocs(c, e, c.Args().Slice())
			if err != nil {
				return err
			}
			if err := distinctFiles(docs); err != nil {
				return err
			}
			if c.Bool("by-story") {
				return compareByStory(c, e, docs, r, opt, format, st)
			}
			if len(docs) < 2 {
				return usageErr("compare needs at least two articles, got %d", len(docs))
			}
			results, err := extractForComparison(c, e, docs, r)
			if err != nil {
				return err
			}
			rep, err := compare.Compare(c.Context, results, r, opt)
			if err != nil {
				return err
			}
			write, _ := report.CompareFormat(format)
			var buf bytes.Buffer
			if err := write(&buf, rep, report.Context{Style: st, Articles: reportArticles(results), Width: textWidth(e)}); err != nil {
				return err
			}
			if format == "text" || format == "markdown" {
				return writeTerminal(e, c.String("out"), buf.Bytes(), st)
			}
			return writeOutput(e, c.String("out"), buf.Bytes())
		},
	}
}

func typeList() string {
	var names []string
	for _, t := range compare.Types {
		names = append(names, string(t))
	}
	return strings.Join(names, ", ")
}

// compareOptions parses --only.
func compareOptions(only string) (compare.Options, error) {
	opt := compare.Options{}
	if only == "" {
		return opt, nil
	}
	opt.Only = map[compare.Type]bool{}
	for _, s := range strings.Split(only, ",") {
		t, ok := compare.ParseType(strings.TrimSpace(s))
		if !ok {
			return opt, usageErr("--only: unknown finding type %q (want %s)", s, typeList())
		}
		opt.Only[t] = true
	}
	return opt, nil
}

// distinctFiles refuses the same file given twice (under two names). Files
// are told apart by device and inode, one stat each, so many files cost
// linear time.
func distinctFiles(docs []*ingest.Document) error {
	type fileID struct{ dev, ino uint64 }
	seen := map[fileID]string{}
	for _, d := range docs {
		if d.Path == "-" || d.Format == "json" {
			continue
		}
		st, err := os.Stat(d.Path)
		if err != nil {
			continue
		}
		sys, ok := st.Sys().(*syscall.Stat_t)
		if !ok {
			continue
		}
		id := fileID{uint64(sys.Dev), sys.Ino}
		if prev, ok := seen[id]; ok {
			return usageErr("%s and %s are the same file", prev, d.Path)
		}
		seen[id] = d.Path
	}
	return nil
}

// reportArticles are the compared articles as the report quotes them: id and text.
func reportArticles(results []*claims.Result) []report.Article {
	out := make([]report.Article, len(results))
	for i, r := range results {
		out[i] = report.Article{ID: r.Doc.ID, Text: r.Doc.Text}
	}
	return out
}
