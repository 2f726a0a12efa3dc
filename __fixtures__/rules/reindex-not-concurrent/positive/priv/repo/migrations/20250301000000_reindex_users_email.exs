defmodule Shop.Repo.Migrations.ReindexUsersEmail do
  use Ecto.Migration

  def up do
    execute "REINDEX INDEX users_email_idx" # mg:expect
  end

  def down do
  end
end
