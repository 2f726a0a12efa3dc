defmodule Shop.Repo.Migrations.CreateAndDropStaging do
  use Ecto.Migration
  import Ecto.Query

  def up do
    create table(:staging)
    drop table(:staging)
  end

  def down do
    drop table(:accounts)
  end
end
