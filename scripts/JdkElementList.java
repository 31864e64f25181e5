import java.lang.module.*;
import java.util.*;
/** Prints a javadoc element-list of the JDK's exported packages (java.* and jdk.* modules, unqualified exports). */
public class JdkElementList {
    public static void main(String[] a) {
        var out = new StringBuilder();
        ModuleFinder.ofSystem().findAll().stream().map(ModuleReference::descriptor)
            .filter(d -> d.name().startsWith("java.") || d.name().startsWith("jdk."))
            .sorted(Comparator.comparing(ModuleDescriptor::name))
            .forEach(d -> {
                var pkgs = new TreeSet<String>();
                for (var e : d.exports()) if (!e.isQualified()) pkgs.add(e.source());
                if (pkgs.isEmpty()) return;
                out.append("module:").append(d.name()).append('\n');
                pkgs.forEach(p -> out.append(p).append('\n'));
            });
        System.out.print(out);
    }
}
