// Package rulestest gives tests the built-in rules, failing the test when
// they do not load.
package rulestest

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/rules"
)

// Default returns the built-in rules (rules.Default), or fails t.
func Default(t testing.TB) *rules.Rules {
	t.Helper()
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return r
}
