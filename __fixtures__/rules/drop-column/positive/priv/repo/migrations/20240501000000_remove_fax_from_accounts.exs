defmodule Shop.Repo.Migrations.RemoveFaxFromAccounts do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      remove :fax, :string # mg:expect
      remove_if_exists :pager, :string # mg:expect
    end
  end
end
