package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/gojvm/gojvm/classpath"
	"github.com/gojvm/gojvm/jvm"
)

func runCommand(jdkHome *string, status *int) *cobra.Command {
	return &cobra.Command{
		Use:   "run [java options] (Main.class | pkg.Main | -jar app.jar | -m module[/main] | Prog.java) [args]",
		Short: "Run a Java program, as JDK 17's java launcher does",
		Long: "Run a Java program on the JDK's own class library. Options, output, messages and\n" +
			"exit status are those of JDK 17's java launcher.",
		DisableFlagParsing: true,
		Run: func(cmd *cobra.Command, args []string) {
			*status = runJava(*jdkHome, args)
		},
	}
}

// runJava is the java launcher: it expands and parses the command line,
// boots the VM and runs main.
func runJava(jdkHome string, args []string) int {
	args, err := jvm.ExpandArgs(args, os.LookupEnv, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if jar := jvm.JarOperand(args); jar != "" {
		if err := jvm.CheckJar(jar); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
	}
	opts, err := jvm.ParseCommandLine(args, jvm.Env{Lookup: os.LookupEnv, Stderr: os.Stderr})
	if err != nil {
		oe := err.(*jvm.OptionError)
		w := os.Stderr
		if oe.Stdout {
			w = os.Stdout
		}
		if oe.NoNewline {
			fmt.Fprint(w, oe.Msg)
		} else {
			fmt.Fprintln(w, oe.Msg)
		}
		if !oe.Launcher {
			fmt.Fprintln(os.Stderr, "Error: Could not create the Java Virtual Machine.")
			fmt.Fprintln(os.Stderr, "Error: A fatal exception has occurred. Program will exit.")
		}
		return 1
	}
	jdk, err := classpath.FindJDK(jdkHome)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gojvm:", err)
		return 1
	}
	if opts.FullVersion != jvm.NoStream {
		return jvm.PrintFullVersion(jdk, opts)
	}
	opts.Stdin, opts.Stdout, opts.Stderr, opts.Exit = os.Stdin, os.Stdout, os.Stderr, os.Exit
	vm, err := jvm.New(jdk, opts)
	if err != nil {
		switch e := err.(type) {
		case *jvm.OptionError:
			fmt.Fprintln(os.Stderr, e.Msg)
			fmt.Fprintln(os.Stderr, "Error: Could not create the Java Virtual Machine.")
			fmt.Fprintln(os.Stderr, "Error: A fatal exception has occurred. Program will exit.")
			return 1
		case *jvm.InitError:
			fmt.Println(e.Error())
			return 1
		case *jvm.ExitError:
			return e.Status
		}
		fmt.Fprintln(os.Stderr, err)
		if ie, ok := err.(*jvm.InternalError); ok {
			if os.Getenv("GOJVM_TRACEBACK") == "1" {
				os.Stderr.Write(ie.Stack)
			}
			return jvm.ExitInternalError
		}
		return 1
	}
	return vm.RunMain()
}
