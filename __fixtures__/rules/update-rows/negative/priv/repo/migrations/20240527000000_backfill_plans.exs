defmodule Shop.Repo.Migrations.BackfillPlans do
  use Ecto.Migration
  import Ecto.Query

  def up do
    repo().update_all(from(a in "accounts", where: is_nil(a.plan)), set: [plan: "free"])
    repo().update_all(from(a in "accounts", where: [country: nil]), set: [country: "NL"])
    alter table(:accounts) do
      add :tier, :string
    end
    flush()
    repo().update_all("accounts", set: [tier: "basic"])
  end

  def down do
    alter table(:accounts) do
      remove :tier
    end
  end
end
