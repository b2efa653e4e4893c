package main

import (
	"fmt"

	"github.com/urfave/cli/v2"
)

func completionCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print a shell completion script (bash, zsh or fish)",
		ArgsUsage: "bash|zsh|fish",
		Description: `Prints a script that completes claimdiff's commands and flags. Load it
from your shell's startup file:

  bash:  source <(claimdiff completion bash)        (in ~/.bashrc)
  zsh:   source <(claimdiff completion zsh)         (in ~/.zshrc, after compinit)
  fish:  claimdiff completion fish > ~/.config/fish/completions/claimdiff.fish`,
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageErr("completion takes one shell: bash, zsh or fish (see 'claimdiff completion --help')")
			}
			var script string
			switch sh := c.Args().First(); sh {
			case "bash":
				script = bashCompletion
			case "zsh":
				script = zshCompletion
			case "fish":
				s, err := c.App.ToFishCompletion()
				if err != nil {
					return fmt.Errorf("fish completion: %w", err)
				}
				script = s
			default:
				return usageErr("completion: unknown shell %q (want bash, zsh or fish)", sh)
			}
			_, err := fmt.Fprint(e.stdout, script)
			return err
		},
	}
}

// bashCompletion asks claimdiff itself for the words that may follow (the
// library's hidden --generate-bash-completion flag), and falls back to
// file names.
const bashCompletion = `# bash completion for claimdiff: source <(claimdiff completion bash)
_claimdiff_complete() {
  local cur words
  COMPREPLY=()
  cur="${COMP_WORDS[COMP_CWORD]}"
  words=("${COMP_WORDS[@]:0:$COMP_CWORD}")
  local opts
  if [[ "$cur" == -* ]]; then
    opts=$("${words[@]}" "$cur" --generate-bash-completion 2>/dev/null)
  else
    opts=$("${words[@]}" --generate-bash-completion 2>/dev/null)
  fi
  COMPREPLY=($(compgen -W "${opts}" -- "${cur}"))
  return 0
}
complete -o bashdefault -o default -F _claimdiff_complete claimdiff
`

// zshCompletion does the same for zsh.
const zshCompletion = `#compdef claimdiff
# zsh completion for claimdiff: source <(claimdiff completion zsh)
_claimdiff() {
  local -a opts
  local cur
  cur=${words[-1]}
  if [[ "$cur" == -* ]]; then
    opts=("${(@f)$(${words[@]:0:#words[@]-1} ${cur} --generate-bash-completion 2>/dev/null)}")
  else
    opts=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion 2>/dev/null)}")
  fi
  if [[ "${opts[1]}" != "" ]]; then
    _describe 'values' opts
  else
    _files
  fi
}
compdef _claimdiff claimdiff
`
