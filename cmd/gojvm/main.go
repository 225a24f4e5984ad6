// Command gojvm is a Java Virtual Machine written in Go. It runs
// javac-compiled classes on the installed JDK's class library and
// disassembles them exactly as the JDK's javap does.
package main

import (
	"os"
	"runtime/pprof"
	"strings"

	"github.com/spf13/cobra"
)

func main() {
	if path := os.Getenv("GOJVM_CPUPROFILE"); path != "" {
		// For performance work: a CPU profile of the whole run.
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			code := execute(os.Args[1:])
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	os.Exit(execute(os.Args[1:]))
}

// execute runs the gojvm command line and returns the exit status.
func execute(args []string) int {
	status := 0
	var jdkHome string
	root := &cobra.Command{
		Use:           "gojvm",
		Short:         "A Java Virtual Machine written in Go",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&jdkHome, "jdk", "",
		"JDK whose runtime image (lib/modules) supplies the class library (default $JAVA_HOME, then the java on PATH)")
	root.AddCommand(javapCommand(&jdkHome, &status))
	root.AddCommand(runCommand(&jdkHome, &status))
	// The tools parse their own options, so cobra never sees --jdk once a
	// subcommand has started; take it here when it comes first.
	for len(args) > 0 && strings.HasPrefix(args[0], "--jdk") {
		if v, ok := strings.CutPrefix(args[0], "--jdk="); ok {
			jdkHome, args = v, args[1:]
		} else if args[0] == "--jdk" && len(args) > 1 {
			jdkHome, args = args[1], args[2:]
		} else {
			break
		}
	}
	// A shebang line "#!/path/to/gojvm run --source 17" reaches gojvm as
	// one argument "run --source 17": the subcommand, then the rest for the
	// launcher, which splits a "--source N" argument as java does.
	if len(args) > 0 {
		if rest, ok := strings.CutPrefix(args[0], "run "); ok {
			args = append([]string{"run", strings.TrimLeft(rest, " \t")}, args[1:]...)
		}
	}
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		root.PrintErrln("gojvm: " + err.Error())
		return 2
	}
	return status
}
