defmodule Shop.Repo.Migrations.AddToken do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      add :token, :uuid, default: fragment("gen_random_uuid()") # mg:expect
      add :seq, :bigserial # mg:expect
    end
  end
end
