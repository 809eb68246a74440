import io.loquent.core.Loquent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/**
 * Prints what the seed example built, read back from SQLite's own catalogue, and the revision the database is at
 * (through Loquent's Java API). Run from examples/seed after 'upgrade head':
 * java -cp ../../cli/target/loquent.jar ShowSchema.java
 */
public class ShowSchema {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:sqlite:loquent.db";
        Loquent loquent = Loquent.configure().url(url).scripts(Path.of("migrations")).load();
        loquent.current().forEach(r -> System.out.println("database at " + r.id() + (r.head() ? " (head)" : "")
                + ": " + r.info().message()));
        try (Connection c = DriverManager.getConnection(url)) {
            print(c, "columns of users", "select name, type, case \"notnull\" when 1 then 'NOT NULL' else '' end,"
                    + " coalesce('DEFAULT ' || dflt_value, ''), case pk when 1 then 'PRIMARY KEY' else '' end"
                    + " from pragma_table_info('users')");
            print(c, "indexes of users", "select name, case \"unique\" when 1 then 'UNIQUE' else '' end, origin"
                    + " from pragma_index_list('users') order by name");
        }
    }

    private static void print(Connection c, String title, String sql) throws Exception {
        System.out.println(title + ":");
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            boolean any = false;
            while (rs.next()) {
                StringBuilder line = new StringBuilder(" ");
                for (int i = 1; i <= n; i++) {
                    line.append(' ').append(rs.getString(i));
                }
                System.out.println(line.toString().stripTrailing());
                any = true;
            }
            if (!any) {
                System.out.println("  (none: the table does not exist)");
            }
        }
    }
}
