// Module declaration exercising every directive: requires (plain, transitive, static),
// exports (unqualified and qualified), opens (unqualified and qualified), uses and
// provides ... with. The module itself carries a (deprecated) annotation.
import demo.spi.Greeter;

@Deprecated(since = "2")
module demo.mod {
    requires java.sql;
    requires transitive java.logging;
    requires static java.compiler;
    requires static transitive java.desktop;

    exports demo.api;
    exports demo.spi to java.logging, java.sql;

    opens demo.internal;
    opens demo.impl to java.logging;

    uses Greeter;
    uses java.sql.Driver;

    provides Greeter with demo.impl.EnglishGreeter, demo.impl.GermanGreeter;
}
