package main

import (
	"context"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
)

// stopSignals are the signals that stop a run cleanly: Ctrl-C, kill's
// default and a closed terminal. Each cancels the run's context, so no
// temporary file is left and no partial report is written; the exit code
// is 128 + the signal's number (130, 143, 129). A second signal, once the
// first has arrived, takes its default action and ends the process at
// once.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// signalled is the run's record of the stop signal that arrived.
type signalled struct{ sig atomic.Value }

// exitCode is the exit code for the signal that arrived, 130 (as for
// SIGINT) when the run was cancelled otherwise.
func (s *signalled) exitCode() int {
	if sig, ok := s.sig.Load().(syscall.Signal); ok {
		return 128 + int(sig)
	}
	return exitInterrupted
}

// notifyStop returns a context cancelled by the first stop signal, what
// records it, and the function that stops listening.
func notifyStop(parent context.Context) (context.Context, *signalled, func()) {
	ctx, cancel := context.WithCancel(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, stopSignals...)
	s := &signalled{}
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			s.sig.Store(sig)
			signal.Stop(ch) // a second signal ends the process
			cancel()
		case <-done:
		}
	}()
	return ctx, s, func() {
		signal.Stop(ch)
		close(done)
		cancel()
	}
}
