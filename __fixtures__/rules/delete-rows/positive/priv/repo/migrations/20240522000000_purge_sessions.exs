defmodule Shop.Repo.Migrations.PurgeSessions do
  use Ecto.Migration
  import Ecto.Query

  def up do
    repo().delete_all("sessions") # mg:expect
    repo().delete_all(from(a in "accounts", where: a.banned == true)) # mg:expect
    Shop.Repo.delete_all(Shop.AuditLog) # mg:expect
  end

  def down do
    :ok
  end
end
