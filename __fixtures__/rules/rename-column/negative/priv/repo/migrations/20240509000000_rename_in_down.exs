defmodule Shop.Repo.Migrations.RenameInDown do
  use Ecto.Migration
  import Ecto.Query

  def up do
    alter table(:accounts) do
      add :token, :string
    end
  end

  def down do
    rename table(:accounts), :a, to: :b
  end
end
