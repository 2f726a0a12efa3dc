defmodule Shop.Repo.Migrations.UpdateAllPartlyRead do
  use Ecto.Migration
  import Ecto.Query

  def up do
    repo().update_all(from(a in "accounts", where: is_nil(a.plan)), set: [plan: "free"], inc: counters) # mg:expect

    from(a in "accounts", where: is_nil(a.plan), update: [set: [plan: "free"], inc: ^counters]) # mg:expect
    |> repo().update_all([])

    from(a in "accounts", where: is_nil(a.plan)) # mg:expect
    |> update([a], set: [plan: "free"])
    |> repo().update_all(changes)
  end

  def down do
    :ok
  end
end
