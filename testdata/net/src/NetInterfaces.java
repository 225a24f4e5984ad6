// java.net.NetworkInterface: the loopback interface found by name, index
// and address, its flags, MTU, missing hardware address and IPv4 binding
// (127.0.0.1/8, no broadcast), every interface listed once with a
// consistent index, and lookups that find nothing. Only lo's IPv4 side is
// printed: other interfaces, and IPv6 (NetIPv6), differ between machines.
import java.net.*;
import java.util.*;

public class NetInterfaces {
    public static void main(String[] args) throws Exception {
        NetworkInterface lo = NetworkInterface.getByName("lo");
        System.out.println(lo + " index>0 " + (lo.getIndex() > 0) + " display " + lo.getDisplayName());
        System.out.println("up " + lo.isUp() + " loopback " + lo.isLoopback() + " p2p " + lo.isPointToPoint() + " virtual " + lo.isVirtual() + " parent " + lo.getParent());
        System.out.println("mtu " + lo.getMTU() + " mac " + Arrays.toString(lo.getHardwareAddress()) + " subinterfaces " + Collections.list(lo.getSubInterfaces()));
        for (InterfaceAddress ia : lo.getInterfaceAddresses()) {
            if (ia.getAddress() instanceof Inet4Address) {
                System.out.println("binding " + ia + " prefix " + ia.getNetworkPrefixLength() + " broadcast " + ia.getBroadcast());
            }
        }
        for (InetAddress a : Collections.list(lo.getInetAddresses())) {
            if (a instanceof Inet4Address) {
                System.out.println("address " + a);
            }
        }
        System.out.println("same by index " + lo.equals(NetworkInterface.getByIndex(lo.getIndex())));
        System.out.println("same by address " + lo.equals(NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress())));
        System.out.println("127.0.0.2 belongs to " + NetworkInterface.getByInetAddress(InetAddress.getByName("127.0.0.2")));
        List<NetworkInterface> all = Collections.list(NetworkInterface.getNetworkInterfaces());
        Set<String> names = new HashSet<>();
        boolean consistent = true;
        for (NetworkInterface ni : all) {
            consistent &= names.add(ni.getName());
            consistent &= ni.equals(NetworkInterface.getByName(ni.getName()));
            consistent &= ni.getIndex() == NetworkInterface.getByIndex(ni.getIndex()).getIndex();
        }
        System.out.println("lo listed " + names.contains("lo") + ", names unique and consistent " + consistent
                + ", stream agrees " + (NetworkInterface.networkInterfaces().count() == all.size()));
        System.out.println("no such name " + NetworkInterface.getByName("nosuch0"));
        System.out.println("no such index " + NetworkInterface.getByIndex(100000));
        System.out.println("no such address " + NetworkInterface.getByInetAddress(InetAddress.getByName("192.0.2.254")));
        try {
            NetworkInterface.getByIndex(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative index: " + e);
        }
        try {
            NetworkInterface.getByName(null);
        } catch (NullPointerException e) {
            System.out.println("null name: " + e);
        }
    }
}
