package index

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// openerEnv, when set in a test process's environment, makes it open the
// index it names and exit (see TestOpenConcurrent).
const openerEnv = "CLAIMDIFF_TEST_OPEN_INDEX"

func TestMain(m *testing.M) {
	if path := os.Getenv(openerEnv); path != "" {
		s, err := Open(context.Background(), path)
		if err == nil {
			err = s.Close()
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestOpenConcurrent opens one new SQLite index from two processes at
// once, many times: both must succeed. Switching a new database to WAL
// upgrades a read to a write, and SQLite answers the second of two such
// upgrades with SQLITE_BUSY at once, whatever busy_timeout says; the
// switch and the migration are retried like any other write.
func TestOpenConcurrent(t *testing.T) {
	trials := 40
	if testing.Short() {
		trials = 10
	}
	dir := t.TempDir()
	for i := range trials {
		path := filepath.Join(dir, fmt.Sprintf("index%d.db", i))
		cmds := make([]*exec.Cmd, 2)
		outs := make([]bytes.Buffer, 2)
		for k := range cmds {
			cmds[k] = exec.Command(os.Args[0], "-test.run=^$")
			cmds[k].Env = append(os.Environ(), openerEnv+"="+path)
			cmds[k].Stdout, cmds[k].Stderr = &outs[k], &outs[k]
			if err := cmds[k].Start(); err != nil {
				t.Fatal(err)
			}
		}
		for k, c := range cmds {
			if err := c.Wait(); err != nil {
				t.Errorf("trial %d, process %d: %v: %s", i, k, err, outs[k].String())
			}
		}
	}
}
