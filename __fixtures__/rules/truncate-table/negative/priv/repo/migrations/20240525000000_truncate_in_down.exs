defmodule Shop.Repo.Migrations.TruncateInDown do
  use Ecto.Migration
  import Ecto.Query

  def up do
    # TRUNCATE tokens is what the old migration did
    create table(:tokens_v2)
  end

  def down do
    execute "TRUNCATE tokens"
  end
end
