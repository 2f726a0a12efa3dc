defmodule Shop.Repo.Migrations.AddFullNameNote do
  use Ecto.Migration

  # add :full_name, :string, generated: "ALWAYS AS (first_name || last_name) STORED"
  def change do
    alter table(:users) do
      add :note, :string, default: "ALWAYS AS (x) STORED"
    end

    create table(:people) do
      add :full_name, :string, generated: "ALWAYS AS (first_name || last_name) STORED"
    end
  end
end
