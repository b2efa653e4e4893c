package main

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/compare/stories"
)

// windowForms names the accepted forms of --window in its errors.
const windowForms = "want a duration such as 7d, 72h, 90m or 0 for no limit"

// windowFlag is --window: how far apart articles of one story may be
// published. A new flag each time, since its value is set in place.
func windowFlag() cli.Flag {
	return &cli.GenericFlag{
		Name:        "window",
		Value:       &window{d: stories.DefaultOptions().Window},
		DefaultText: "7d",
		Usage:       "how far apart in time articles of one story may be published: `DURATION` such as 7d, 72h (0: no limit)",
	}
}

// window is a duration that also accepts days ("7d", "1d12h"). String
// gives the form time.ParseDuration reads, so c.Duration("window") works.
type window struct{ d time.Duration }

func (w *window) String() string {
	if w == nil {
		return "0s"
	}
	return w.d.String()
}

// Set reads a duration: Go's forms (72h, 90m) with days (7d) allowed in
// front.
func (w *window) Set(s string) error {
	d, err := parseWindow(s)
	if err != nil {
		return err
	}
	w.d = d
	return nil
}

func parseWindow(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "0" {
		return 0, nil
	}
	var days time.Duration
	if i := strings.IndexByte(s, 'd'); i > 0 {
		n, err := strconv.ParseFloat(s[:i], 64)
		if err != nil || n < 0 {
			return 0, errors.New(windowForms)
		}
		days = time.Duration(n * float64(24*time.Hour))
		s = s[i+1:]
		if s == "" {
			return days, nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, errors.New(windowForms)
	}
	return days + d, nil
}
