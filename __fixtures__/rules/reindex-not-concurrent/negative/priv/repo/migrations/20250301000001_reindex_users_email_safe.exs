defmodule Shop.Repo.Migrations.ReindexUsersEmailSafe do
  use Ecto.Migration

  # REINDEX INDEX users_email_idx is what we avoid
  def up do
    execute "REINDEX INDEX CONCURRENTLY users_email_idx"
    IO.puts("REINDEX INDEX users_email_idx")
  end

  def down do
    execute "REINDEX INDEX users_email_idx"
  end
end
