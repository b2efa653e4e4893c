// Package check compares new articles with earlier coverage, as a newsroom's
// CI does on a pull request: each new article against every baseline
// document, keeping the findings that concern the new article, and decides
// whether the run fails (findings at or above the fail level that are not
// accepted or suppressed).
package check
