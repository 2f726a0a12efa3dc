defmodule Shop.Repo.Migrations.RemoveIndexFromAccounts do
  use Ecto.Migration
  import Ecto.Query

  def up do
    # remove :email was considered and rejected
    drop index(:accounts, [:email])
    IO.puts("remove :email skipped")
  end

  def down do
    alter table(:accounts) do
      remove :nickname
    end
    create index(:accounts, [:email])
  end
end
