// The default time zone comes from the TZ environment variable (tests.txt sets it: see
// README.md): its id, offsets and daylight saving, and fixed instants (never "now")
// printed through java.util.Date, Calendar, SimpleDateFormat and java.time with the
// default zone, across a daylight-saving change.
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

public class TimeZones {
    public static void main(String[] args) {
        TimeZone tz = TimeZone.getDefault();
        System.out.println("default: " + tz.getID() + ", raw offset " + tz.getRawOffset()
                + ", uses daylight time " + tz.useDaylightTime() + ", display name "
                + tz.getDisplayName(false, TimeZone.SHORT, Locale.ROOT));
        System.out.println("ZoneId.systemDefault: " + ZoneId.systemDefault());
        System.out.println("user.timezone: " + System.getProperty("user.timezone"));
        long[] instants = {0L, 1_700_000_000_000L, 1_710_053_999_000L, 1_710_054_000_000L, 1_730_613_600_000L,
            1_719_792_000_000L};
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss zzz Z", Locale.ROOT);
        for (long ms : instants) {
            Date d = new Date(ms);
            Calendar c = Calendar.getInstance(Locale.ROOT);
            c.setTimeInMillis(ms);
            System.out.println(ms + ": " + d + " | " + f.format(d) + " | in DST " + tz.inDaylightTime(d)
                    + " | offset " + tz.getOffset(ms) + " | hour " + c.get(Calendar.HOUR_OF_DAY)
                    + " | " + LocalDateTime.ofInstant(Instant.ofEpochMilli(ms), ZoneId.systemDefault())
                    + " | " + ZonedDateTime.ofInstant(Instant.ofEpochMilli(ms), ZoneId.systemDefault()));
        }
    }
}
