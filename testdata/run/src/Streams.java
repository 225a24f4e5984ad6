// Sequential streams: map/filter/reduce, collect(toList, toSet into TreeSet, joining,
// groupingBy into TreeMap, counting, partitioningBy, mapping, summingInt, averagingDouble,
// toMap with merge into TreeMap), IntStream.range/rangeClosed/sum/average/max/summaryStatistics,
// sorted, distinct, limit, skip, flatMap, iterate, generate, takeWhile/dropWhile, peek,
// anyMatch/allMatch/noneMatch, findFirst, Optional (map/orElse/orElseGet/orElseThrow/
// ifPresentOrElse/empty), Stream.of, Arrays.stream, boxed, mapToObj, String.chars.
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

public class Streams {
    record City(String name, String country, int population) {
    }

    public static void main(String[] args) {
        List<Integer> nums = List.of(5, 3, 8, 1, 9, 2, 8, 3, 7);
        System.out.println("map/filter " + nums.stream().filter(n -> n % 2 == 1).map(n -> n * n).collect(Collectors.toList()));
        System.out.println("reduce sum " + nums.stream().reduce(0, Integer::sum) + " product "
                + nums.stream().reduce(1, (a, b) -> a * b) + " max " + nums.stream().reduce(Integer::max).get());
        System.out.println("sorted " + nums.stream().sorted().collect(Collectors.toList()) + " desc "
                + nums.stream().sorted((a, b) -> b - a).collect(Collectors.toList()));
        System.out.println("distinct " + nums.stream().distinct().collect(Collectors.toList()) + " limit "
                + nums.stream().limit(3).collect(Collectors.toList()) + " skip "
                + nums.stream().skip(6).collect(Collectors.toList()));
        System.out.println("count " + nums.stream().filter(n -> n > 4).count() + " anyMatch "
                + nums.stream().anyMatch(n -> n > 8) + " allMatch " + nums.stream().allMatch(n -> n > 0)
                + " noneMatch " + nums.stream().noneMatch(n -> n == 4));
        System.out.println("findFirst " + nums.stream().filter(n -> n > 6).findFirst() + " min "
                + nums.stream().min(Integer::compare).orElse(-1));
        System.out.println("toSet via TreeSet " + nums.stream().collect(Collectors.toCollection(TreeSet::new)));
        System.out.println("joining " + nums.stream().map(String::valueOf).collect(Collectors.joining()) + " "
                + nums.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]")) + " "
                + Stream.<String>empty().collect(Collectors.joining(",", "<", ">")));

        List<String> words = List.of("apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date", "fig",
                "grape", "guava");
        Map<Character, List<String>> byLetter = words.stream()
                .collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.toList()));
        System.out.println("groupingBy " + byLetter);
        Map<Integer, Long> byLength = words.stream()
                .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));
        System.out.println("counting " + byLength);
        Map<Boolean, List<String>> parts = words.stream().collect(Collectors.partitioningBy(w -> w.length() > 5));
        System.out.println("partitioningBy " + parts);
        Map<Boolean, Long> partCount = words.stream()
                .collect(Collectors.partitioningBy(w -> w.contains("an"), Collectors.counting()));
        System.out.println("partitioning counting " + partCount);
        Map<Character, String> joined = words.stream().collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new,
                Collectors.mapping(w -> w.substring(0, 3), Collectors.joining("|"))));
        System.out.println("mapping/joining " + joined);
        Map<String, Integer> lengths = words.stream()
                .collect(Collectors.toMap(w -> w.substring(0, 1), String::length, Integer::sum, TreeMap::new));
        System.out.println("toMap merge " + lengths);
        System.out.println("summingInt " + words.stream().collect(Collectors.summingInt(String::length))
                + " averagingDouble " + words.stream().collect(Collectors.averagingDouble(String::length)));
        try {
            words.stream().collect(Collectors.toMap(w -> w.charAt(0), w -> w));
        } catch (IllegalStateException e) {
            System.out.println("toMap duplicate: " + e.getMessage());
        }

        System.out.println("IntStream.range sum " + IntStream.range(0, 100).sum() + " rangeClosed "
                + IntStream.rangeClosed(1, 5).boxed().collect(Collectors.toList()) + " average "
                + IntStream.of(1, 2, 3, 4).average().getAsDouble() + " empty average " + IntStream.empty().average());
        System.out.println("summaryStatistics " + IntStream.of(4, 8, 15, 16, 23, 42).summaryStatistics());
        System.out.println("max " + IntStream.of(3, 1, 4).max().getAsInt() + " LongStream "
                + LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b));
        System.out.println("mapToObj " + IntStream.range(0, 5).mapToObj(i -> "i" + i).collect(Collectors.joining(",")));
        System.out.println("flatMap " + Stream.of(List.of(1, 2), List.of(3), List.<Integer>of())
                .flatMap(List::stream).map(i -> i * 10).collect(Collectors.toList()));
        System.out.println("flatMap chars " + words.stream().limit(3).flatMapToInt(String::chars).distinct()
                .mapToObj(c -> String.valueOf((char) c)).sorted().collect(Collectors.joining()));
        System.out.println("iterate " + Stream.iterate(1, x -> x * 2).limit(11).collect(Collectors.toList()));
        System.out.println("iterate with predicate " + Stream.iterate(1, x -> x < 200, x -> x * 3).collect(Collectors.toList()));
        int[] counter = {0};
        System.out.println("generate " + Stream.generate(() -> ++counter[0]).limit(5).collect(Collectors.toList()));
        System.out.println("takeWhile " + Stream.of(1, 2, 3, 10, 4).takeWhile(x -> x < 5).collect(Collectors.toList())
                + " dropWhile " + Stream.of(1, 2, 3, 10, 4).dropWhile(x -> x < 5).collect(Collectors.toList()));
        StringBuilder peeked = new StringBuilder();
        long cnt = Stream.of("a", "b", "c").peek(peeked::append).map(String::toUpperCase).peek(peeked::append).count();
        System.out.println("peek (count may skip peek) " + cnt + " [" + peeked + "]");
        StringBuilder order = new StringBuilder();
        Stream.of("x", "y").filter(s -> {
            order.append("f").append(s);
            return true;
        }).map(s -> {
            order.append("m").append(s);
            return s;
        }).forEach(s -> order.append("e").append(s));
        System.out.println("laziness order " + order);
        System.out.println("Arrays.stream " + Arrays.stream(new int[] {3, 4, 5}).map(x -> x * x).sum() + " "
                + Arrays.stream(new String[] {"q", "r"}, 1, 2).collect(Collectors.toList()));
        System.out.println("String.chars " + "hello".chars().filter(c -> c == 'l').count() + " toList "
                + Stream.of(3, 1, 2).sorted().toList());

        List<City> cities = List.of(new City("Oslo", "NO", 700000), new City("Bergen", "NO", 285000),
                new City("Aarhus", "DK", 350000), new City("Copenhagen", "DK", 800000), new City("Reykjavik", "IS", 130000));
        Map<String, Integer> popByCountry = cities.stream()
                .collect(Collectors.groupingBy(City::country, TreeMap::new, Collectors.summingInt(City::population)));
        System.out.println("population by country " + popByCountry);
        Map<String, Optional<City>> largest = cities.stream().collect(Collectors.groupingBy(City::country, TreeMap::new,
                Collectors.maxBy((a, b) -> Integer.compare(a.population(), b.population()))));
        largest.forEach((k, v) -> System.out.println("  largest in " + k + ": " + v.map(City::name).orElse("?")));
        System.out.println("names sorted by pop desc " + cities.stream()
                .sorted((a, b) -> b.population() - a.population()).map(City::name).collect(Collectors.toList()));

        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        System.out.println("Optional " + some + " " + none + " " + some.map(String::length).orElse(-1) + " "
                + none.map(String::length).orElse(-1) + " " + none.orElseGet(() -> "computed") + " "
                + some.filter(s -> s.startsWith("x")).isPresent() + " " + Optional.ofNullable(null).isEmpty() + " "
                + some.flatMap(s -> Optional.of(s + "!")).get() + " " + none.or(() -> Optional.of("alt")).get());
        some.ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("absent"));
        none.ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("absent"));
        try {
            none.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalArgumentException("custom supplier"));
        } catch (IllegalArgumentException e) {
            System.out.println("orElseThrow(supplier): " + e.getMessage());
        }
        OptionalInt oi = IntStream.of(7, 3).min();
        System.out.println("OptionalInt " + oi + " " + OptionalInt.empty() + " equals "
                + Optional.of(1).equals(Optional.of(1)) + " hash " + Optional.of("a").hashCode());
        try {
            Stream<Integer> s = Stream.of(1, 2);
            s.count();
            s.count();
        } catch (IllegalStateException e) {
            System.out.println("reuse: " + e.getMessage());
        }
    }
}
