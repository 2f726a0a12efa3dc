defmodule Shop.Repo.Migrations.DeleteInDown do
  use Ecto.Migration
  import Ecto.Query

  def up do
    create table(:imports)
    flush()
    repo().delete_all("imports")
  end

  def down do
    repo().delete_all("accounts")
    drop table(:imports)
  end
end
