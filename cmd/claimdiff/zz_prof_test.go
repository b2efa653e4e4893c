package main

import (
	"bytes"
	"os"
	"runtime"
	"strings"
	"testing"
)

func TestZZProfCheck(t *testing.T) {
	if os.Getenv("SPEED_PROF") == "" {
		t.Skip()
	}
	os.Setenv("CLAIMDIFF_CACHE_DIR", "/tmp/speed-cache")
	os.Chdir("/tmp/speed-base")
	var out, errb bytes.Buffer
	code := run([]string{"claimdiff", "check", "--baseline", "base/*.txt", "new.txt"}, strings.NewReader(""), &out, &errb)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("code %d, heap sys %d MB, total alloc %d MB, %s", code, ms.HeapSys>>20, ms.TotalAlloc>>20, errb.String())
}
