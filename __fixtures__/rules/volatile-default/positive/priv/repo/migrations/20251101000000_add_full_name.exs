defmodule Shop.Repo.Migrations.AddFullName do
  use Ecto.Migration

  def change do
    alter table(:users) do
      add :full_name, :string, generated: "ALWAYS AS (first_name || last_name) STORED" # mg:expect
    end
  end
end
