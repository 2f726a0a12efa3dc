defmodule Shop.Repo.Migrations.LongerStrings do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:orders) do
      modify :reference, :string, size: 100, from: {:string, size: 50}
      modify :note, :text, from: :string
      modify :status, :string, null: true, from: :string
    end
  end
end
