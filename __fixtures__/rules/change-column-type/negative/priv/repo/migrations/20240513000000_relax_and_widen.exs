defmodule Shop.Repo.Migrations.RelaxAndWiden do
  use Ecto.Migration
  import Ecto.Query

  def change do
    alter table(:accounts) do
      modify :city, :string, null: true, from: {:string, null: false}
      modify :title, :text, from: {:string, size: 100}
      modify :status, :string, default: nil, from: {:string, default: "new"}
    end
  end
end
