defmodule Shop.Repo.Migrations.AddConstantDefaults do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      add :locale, :string, default: "en"
      add :seen_at, :utc_datetime, default: fragment("now()")
      modify :status, :string, default: nil, from: :string
    end
  end
end
