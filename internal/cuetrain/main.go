// Command cuetrain trains the attribution cue model (claims/cuemodel) on
// a PolNeAR split and writes it:
//
//	go run ./internal/cuetrain -corpus ../shared/corpus/polnear-train -out claims/cuemodel/cue.model
//
// Training is deterministic: the articles are read in sorted order and
// the examples shuffled with a fixed seed, so the same corpus always
// gives the same file. The file holds feature weights and cue stems, no
// article text.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/claimdiff/claimdiff/claims/cuemodel"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/internal/annotated"
	"github.com/claimdiff/claimdiff/internal/outfile"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus/polnear-train", "the PolNeAR split to train on")
	out := flag.String("out", "claims/cuemodel/cue.model", "the model file to write")
	flag.Parse()
	if err := run(context.Background(), *corpus, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "cuetrain:", err)
		os.Exit(1)
	}
}

// run trains on the split in corpus, writes the model to out and says
// what it wrote on log.
func run(ctx context.Context, corpus, out string, log io.Writer) error {
	r, err := rules.Default()
	if err != nil {
		return err
	}
	arts, err := annotated.Read(ctx, corpus)
	if err != nil {
		return err
	}
	exs := annotated.Examples(arts, r.Attribution)
	m := cuemodel.Train(exs, cuemodel.DefaultTrainOptions)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return err
	}
	f, err := outfile.Create(out)
	if err != nil {
		return err
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Abort()
		return fmt.Errorf("writing %s: %w", filepath.Clean(out), err)
	}
	if err := f.Commit(); err != nil {
		return fmt.Errorf("writing %s: %w", filepath.Clean(out), err)
	}
	fmt.Fprintf(log, "cuetrain: %d examples, %d cue stems, %d bytes written to %s\n", len(exs), len(m.Stems()), buf.Len(), out)
	return nil
}
