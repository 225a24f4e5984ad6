import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.tools.attach.VirtualMachine;
import java.io.DataInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.MonitorInfo;
import java.lang.management.RuntimeMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

// A JMX client, run by java, of a JmxTarget running on java or on gojvm
// (cmd/gojvm/jmx_test.go compares what it prints for each). It prints
// only what must agree between the two VMs: numbers that vary from run to
// run are printed as the facts they must satisfy.
//
//   JmxClient attach <pid> <dump file>   the attach API's
//       startLocalManagementAgent, then every platform MXBean the notes use
//   JmxClient jcmd <pid> <port>   the ManagementAgent diagnostic commands
//       as jcmd sends them (run with --add-opens
//       jdk.attach/sun.tools.attach=ALL-UNNAMED), and a remote client
//   JmxClient remote <port> [user password]   the agent started with
//       -Dcom.sun.management.jmxremote.port on 127.0.0.1
//   JmxClient agents <pid> <library> <jar>   agent loading through attach
//       (loadAgentPath, loadAgentLibrary, loadAgent, jcmd JVMTI.agent_load)
//       of agents that do not exist or are none: <library> is a shared
//       library without Agent_OnAttach, <jar> a jar without Agent-Class
//       (run with --add-opens jdk.attach/sun.tools.attach=ALL-UNNAMED),
//       then the compilers' commands (the target runs with -Xint)
public class JmxClient {
    static int pid;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("attach")) {
            pid = Integer.parseInt(args[1]);
            VirtualMachine vm = VirtualMachine.attach(args[1]);
            String address = vm.startLocalManagementAgent();
            System.out.println("local connector: " + address.startsWith("service:jmx:rmi://127.0.0.1/stub/"));
            System.out.println("started again, same address: " + address.equals(vm.startLocalManagementAgent()));
            System.out.println("agent property: " + address.equals(
                    vm.getAgentProperties().getProperty("com.sun.management.jmxremote.localConnectorAddress")));
            vm.detach();
            try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
                MBeanServerConnection m = c.getMBeanServerConnection();
                names(m);
                runtime(m);
                memory(m);
                threads(m);
                diagnostic(m, args[2]);
                diagnosticCommands(m);
            }
        } else if (args[0].equals("agents")) {
            VirtualMachine vm = VirtualMachine.attach(args[1]);
            String lib = args[2], jar = args[3];
            String instrument = System.getProperty("java.home") + "/lib/libinstrument.so";
            load("loadAgentPath /no/such/lib.so", () -> vm.loadAgentPath("/no/such/lib.so"));
            load("loadAgentPath /no/such/lib.so opts", () -> vm.loadAgentPath("/no/such/lib.so", "opts"));
            load("loadAgentPath relative/lib.so", () -> vm.loadAgentPath("relative/lib.so"));
            load("loadAgentLibrary nosuchagent", () -> vm.loadAgentLibrary("nosuchagent"));
            load("loadAgentLibrary zip", () -> vm.loadAgentLibrary("zip"));
            load("loadAgentPath LIB", () -> vm.loadAgentPath(lib));
            load("loadAgentPath libinstrument.so /no/such/agent.jar", () -> vm.loadAgentPath(instrument, "/no/such/agent.jar"));
            load("loadAgent /no/such/agent.jar", () -> vm.loadAgent("/no/such/agent.jar"));
            load("loadAgent JAR", () -> vm.loadAgent(jar, "x=1"));
            jcmd(vm, "JVMTI.agent_load /no/such/lib.so");
            jcmd(vm, "JVMTI.agent_load /no/such/lib.so some-option");
            jcmd(vm, "JVMTI.agent_load relative/lib.so");
            jcmd(vm, "JVMTI.agent_load " + lib);
            jcmd(vm, "JVMTI.agent_load /no/such/agent.jar");
            jcmd(vm, "JVMTI.agent_load " + jar + " opts");
            jcmd(vm, "JVMTI.agent_load");
            jcmd(vm, "JVMTI.data_dump");
            // With -Xint nothing is compiled or queued.
            jcmd(vm, "Compiler.queue");
            jcmd(vm, "Compiler.codelist");
            vm.detach();
        } else if (args[0].equals("jcmd")) {
            VirtualMachine vm = VirtualMachine.attach(args[1]);
            String port = args[2];
            jcmd(vm, "help ManagementAgent.start");
            jcmd(vm, "help ManagementAgent.start_local");
            jcmd(vm, "ManagementAgent.status");
            jcmd(vm, "ManagementAgent.start_local");
            jcmd(vm, "ManagementAgent.start jmxremote.port=" + port + " jmxremote.authenticate=false jmxremote.ssl=false");
            jcmd(vm, "ManagementAgent.status");
            jcmd(vm, "ManagementAgent.start jmxremote.port=" + port);
            main(new String[] {"remote", port});
            jcmd(vm, "ManagementAgent.stop");
            jcmd(vm, "ManagementAgent.status");
            jcmd(vm, "ManagementAgent.start jmxremote.port=none");
            vm.detach();
        } else {
            JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + args[1] + "/jmxrmi");
            Map<String, Object> env = new HashMap<>();
            if (args.length > 2) {
                env.put(JMXConnector.CREDENTIALS, new String[] {args[2], args[3]});
            }
            try (JMXConnector c = JMXConnectorFactory.connect(url, env)) {
                MBeanServerConnection m = c.getMBeanServerConnection();
                RuntimeMXBean rt = ManagementFactory.newPlatformMXBeanProxy(m,
                        ManagementFactory.RUNTIME_MXBEAN_NAME, RuntimeMXBean.class);
                System.out.println("connected: " + rt.getVmName() + ", " + rt.getInputArguments());
                MemoryMXBean mem = ManagementFactory.newPlatformMXBeanProxy(m,
                        ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
                System.out.println("heap used > 0: " + (mem.getHeapMemoryUsage().getUsed() > 0));
                try {
                    mem.gc();
                    System.out.println("gc() allowed");
                } catch (SecurityException e) {
                    System.out.println("gc(): " + e);
                }
            } catch (Exception e) {
                System.out.println("connect: " + e);
            }
        }
    }

    interface Load {
        void run() throws Exception;
    }

    // What a load request ends with: nothing, or the attach API's exception.
    static void load(String what, Load load) {
        try {
            load.run();
            System.out.println(what + ": loaded");
        } catch (Exception e) {
            System.out.println(what + ": " + e);
        }
    }

    // What jcmd prints for a command: HotSpotVirtualMachine.executeJCmd's
    // output, or the message of the failure it throws.
    static void jcmd(VirtualMachine vm, String command) throws Exception {
        System.out.println("$ jcmd " + command);
        java.lang.reflect.Method execute = vm.getClass().getSuperclass()
                .getDeclaredMethod("executeJCmd", String.class);
        execute.setAccessible(true);
        try (java.io.InputStream in = (java.io.InputStream) execute.invoke(vm, command)) {
            System.out.print(new String(in.readAllBytes(), "UTF-8"));
        } catch (java.lang.reflect.InvocationTargetException e) {
            System.out.println("failed: " + e.getCause());
        }
    }

    // The DiagnosticCommand MBean: the commands both VMs have, as its
    // operations describe them, and some invocations.
    static void diagnosticCommands(MBeanServerConnection m) throws Exception {
        ObjectName dcmd = new ObjectName("com.sun.management:type=DiagnosticCommand");
        boolean agentCommands = false;
        for (javax.management.MBeanOperationInfo op : m.getMBeanInfo(dcmd).getOperations()) {
            String name = (String) op.getDescriptor().getFieldValue("dcmd.name");
            agentCommands |= name.startsWith("ManagementAgent.");
            if (Arrays.asList("VM.version", "VM.uptime", "GC.heap_dump", "GC.class_histogram", "Thread.print", "help",
                    "VM.system_properties", "GC.run").contains(name)) {
                StringBuilder sig = new StringBuilder();
                for (javax.management.MBeanParameterInfo p : op.getSignature()) {
                    sig.append(p.getType()).append(' ');
                }
                System.out.println("dcmd " + op.getName() + "(" + sig + ") " + op.getReturnType() + " " + op.getDescriptor());
            }
        }
        System.out.println("dcmd ManagementAgent commands offered: " + agentCommands);
        System.out.print("dcmd vmVersion: " + m.invoke(dcmd, "vmVersion", null, null));
        System.out.print("dcmd help VM.version: " + m.invoke(dcmd, "help", new Object[] {new String[] {"VM.version"}},
                new String[] {String[].class.getName()}));
        for (String[] args : new String[][] {{"-nosuch"}, {"GC.heap_dump"}, {"ManagementAgent.status"}, {"-all=maybe"}}) {
            try {
                System.out.print("dcmd help " + args[0] + ": " + m.invoke(dcmd, "help", new Object[] {args},
                        new String[] {String[].class.getName()}));
            } catch (Exception e) {
                System.out.println(e + ", cause " + e.getCause());
            }
        }
        String help = (String) m.invoke(dcmd, "help", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        System.out.println("dcmd help lists GC.heap_dump or ManagementAgent: " + help.contains("GC.heap_dump")
                + " " + help.contains("ManagementAgent"));
    }

    static void names(MBeanServerConnection m) throws Exception {
        for (ObjectName n : new TreeSet<>(m.queryNames(null, null))) {
            System.out.println("mbean " + n);
        }
    }

    static void runtime(MBeanServerConnection m) throws Exception {
        RuntimeMXBean rt = ManagementFactory.newPlatformMXBeanProxy(m, ManagementFactory.RUNTIME_MXBEAN_NAME,
                RuntimeMXBean.class);
        System.out.println("runtime: " + rt.getVmName() + ", " + rt.getVmVendor() + ", spec " + rt.getSpecVersion()
                + ", pid matches " + (rt.getPid() == pid) + ", uptime > 0 " + (rt.getUptime() > 0));
        System.out.println("runtime: arguments " + rt.getInputArguments() + ", class path " + rt.getClassPath());
        System.out.println("runtime: java.vm.specification.name " + rt.getSystemProperties().get("java.vm.specification.name"));
    }

    static void memory(MBeanServerConnection m) throws Exception {
        MemoryMXBean mem = ManagementFactory.newPlatformMXBeanProxy(m, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        MemoryUsage heap = mem.getHeapMemoryUsage();
        System.out.println("heap: used <= committed <= max " + (heap.getUsed() <= heap.getCommitted()
                && heap.getCommitted() <= heap.getMax()) + ", max " + heap.getMax());
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getPlatformMXBeans(m, GarbageCollectorMXBean.class);
        BlockingQueue<Notification> notes = new ArrayBlockingQueue<>(100);
        long[] before = new long[gcs.size()];
        for (int i = 0; i < gcs.size(); i++) {
            GarbageCollectorMXBean gc = gcs.get(i);
            System.out.println("collector " + gc.getName() + ": pools " + Arrays.toString(gc.getMemoryPoolNames()));
            before[i] = gc.getCollectionCount();
            m.addNotificationListener(gc.getObjectName(), (n, h) -> notes.offer(n), null, null);
        }
        mem.gc();
        for (int i = 0; i < gcs.size(); i++) {
            System.out.println("collector " + gcs.get(i).getName() + ": count grew "
                    + (gcs.get(i).getCollectionCount() > before[i]));
        }
        for (Notification n; (n = notes.poll(60, TimeUnit.SECONDS)) != null; ) {
            if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                continue;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            if (!info.getGcCause().equals("System.gc()")) {
                continue; // a young collection of the agent's own garbage
            }
            System.out.println("notification: " + info.getGcName() + ", " + info.getGcAction() + ", " + info.getGcCause()
                    + ", id > 0 " + (info.getGcInfo().getId() > 0) + ", pools " + new TreeSet<>(info.getGcInfo().getMemoryUsageBeforeGc().keySet()));
            break;
        }
    }

    static void threads(MBeanServerConnection m) throws Exception {
        ThreadMXBean threads = ManagementFactory.newPlatformMXBeanProxy(m, ManagementFactory.THREAD_MXBEAN_NAME,
                ThreadMXBean.class);
        Map<String, Long> ids = new HashMap<>();
        for (ThreadInfo ti : threads.dumpAllThreads(false, false)) {
            ids.put(ti.getThreadName(), ti.getThreadId());
        }
        for (String name : new String[] {"main", "Reference Handler", "Finalizer", "Signal Dispatcher",
                "Attach Listener", "Notification Thread", "Common-Cleaner"}) {
            ThreadInfo ti = threads.getThreadInfo(ids.get(name));
            System.out.println("thread " + name + ": " + ti.getThreadState() + ", daemon " + ti.isDaemon());
        }
        for (String name : new String[] {"lock-holder", "deadlock-1", "deadlock-2"}) {
            ThreadInfo ti = threads.getThreadInfo(new long[] {ids.get(name)}, true, true)[0];
            System.out.println("thread " + name + ": " + ti.getThreadState() + ", lock " + describe(ti.getLockInfo())
                    + ", owner " + ti.getLockOwnerName());
            for (StackTraceElement e : ti.getStackTrace()) {
                System.out.println("  at " + e);
            }
            for (MonitorInfo mi : ti.getLockedMonitors()) {
                System.out.println("  holds " + describe(mi) + " at depth " + mi.getLockedStackDepth() + " in "
                        + mi.getLockedStackFrame().getMethodName());
            }
            for (LockInfo li : ti.getLockedSynchronizers()) {
                System.out.println("  holds synchronizer " + describe(li));
            }
        }
        System.out.println("deadlocked: " + names(threads, threads.findDeadlockedThreads()));
        System.out.println("deadlocked on monitors: " + names(threads, threads.findMonitorDeadlockedThreads()));
    }

    // A lock without its identity hash, which differs from run to run.
    static String describe(LockInfo li) {
        return li == null ? "null" : li.getClassName();
    }

    static TreeSet<String> names(ThreadMXBean threads, long[] ids) {
        TreeSet<String> out = new TreeSet<>();
        if (ids != null) {
            for (ThreadInfo ti : threads.getThreadInfo(ids)) {
                out.add(ti.getThreadName());
            }
        }
        return out;
    }

    static void diagnostic(MBeanServerConnection m, String dump) throws Exception {
        HotSpotDiagnosticMXBean hs = ManagementFactory.newPlatformMXBeanProxy(m,
                "com.sun.management:type=HotSpotDiagnostic", HotSpotDiagnosticMXBean.class);
        System.out.println("option " + hs.getVMOption("HeapDumpOnOutOfMemoryError"));
        hs.setVMOption("HeapDumpOnOutOfMemoryError", "true");
        System.out.println("option " + hs.getVMOption("HeapDumpOnOutOfMemoryError"));
        System.out.println("option " + hs.getVMOption("MaxHeapSize"));
        for (String[] bad : new String[][] {{"MaxHeapSize", "1"}, {"NoSuchOption", "1"}, {"HeapDumpOnOutOfMemoryError", "maybe"}}) {
            try {
                hs.setVMOption(bad[0], bad[1]);
                System.out.println("set " + bad[0] + "=" + bad[1]);
            } catch (Exception e) {
                System.out.println("set " + bad[0] + "=" + bad[1] + ": " + e);
            }
        }
        try {
            hs.getVMOption("NoSuchOption");
        } catch (Exception e) {
            System.out.println("get NoSuchOption: " + e);
        }
        hs.dumpHeap(dump, true);
        File f = new File(dump);
        byte[] header = new byte[18];
        try (DataInputStream in = new DataInputStream(new FileInputStream(f))) {
            in.readFully(header);
        }
        System.out.println("heap dump: " + new String(header, "US-ASCII") + ", " + (f.length() > 100_000));
        try {
            hs.dumpHeap(dump, true);
        } catch (Exception e) {
            System.out.println("heap dump again: " + e.toString().replace(dump, "FILE"));
        }
    }
}
