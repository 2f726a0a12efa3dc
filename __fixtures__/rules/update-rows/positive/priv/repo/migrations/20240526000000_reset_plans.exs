defmodule Shop.Repo.Migrations.ResetPlans do
  use Ecto.Migration
  import Ecto.Query

  def up do
    repo().update_all("accounts", set: [plan: "free"]) # mg:expect

    from(a in "accounts", where: a.plan == "trial") # mg:expect
    |> repo().update_all(set: [plan: "free"])
  end

  def down do
    :ok
  end
end
