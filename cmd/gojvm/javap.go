package main

import (
	"os"

	"github.com/spf13/cobra"

	"github.com/gojvm/gojvm/javap"
)

func javapCommand(jdkHome *string, status *int) *cobra.Command {
	return &cobra.Command{
		Use:   "javap [javap options] classes...",
		Short: "Disassemble class files, exactly as JDK 17's javap",
		Long: "Disassemble class files. Options, output, messages and exit status are those of\n" +
			"JDK 17's javap; run 'gojvm javap --help' for its option list.",
		// javap's options are single-dash words (-verbose, -cp); parse them
		// as javap does rather than as POSIX flags.
		DisableFlagParsing: true,
		Run: func(cmd *cobra.Command, args []string) {
			*status = javap.Main(args, &javap.Env{Stdout: os.Stdout, Stderr: os.Stderr, JDKHome: *jdkHome})
		},
	}
}
