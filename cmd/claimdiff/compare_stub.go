package main

import "github.com/urfave/cli/v2"

func compareCommand(e *env) *cli.Command { return &cli.Command{Name: "compare", Hidden: true} }
