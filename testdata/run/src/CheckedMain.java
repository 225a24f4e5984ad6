// A custom checked exception declared in main's throws clause escapes main: exit status 1
// and the default handler prints it with its cause.
public class CheckedMain {
    static class ConfigException extends Exception {
        ConfigException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static int port(String value) throws ConfigException {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("invalid port '" + value + "'", e);
        }
    }

    static int parse(String value) {
        int result = 0;
        for (char c : value.toCharArray()) {
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit: " + c);
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    public static void main(String[] args) throws ConfigException {
        System.out.println("port = " + port("8080"));
        System.out.println("port = " + port("80a0"));
    }
}
