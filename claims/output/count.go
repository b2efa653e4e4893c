package output

import "fmt"

// Count counts a thing in words, singular for one: Count(1, "story",
// "stories") is "1 story", Count(3, ...) "3 stories".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
