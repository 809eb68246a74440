import io.loquent.api.*;
import static io.loquent.api.Types.*;

@Revision(id = "ae1027a6acf1", down = {}, message = "create users table")
public final class CreateUsersTable implements MigrationScript {
    @Override public void upgrade(Op op) {
        Migration.createTable("users", t -> {
            t.column("id", integer().primaryKey());
            t.column("name", string(100).nullable(false));
            t.column("email", string(255).unique());
            t.column("password", string(255));
            t.column("is_active", bool().defaultValue(true));
            t.timestamps();                 // created_at and updated_at
        });
        op.createIndex("idx_users_email", "users", "email");
    }
    @Override public void downgrade(Op op) {
        op.dropTable("users");
    }
}
